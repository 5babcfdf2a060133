/** The stages of a meeting, in order, that the lessons are grouped by. */
export const LESSON_STAGES = {
  prepare: { fr: 'Préparer (avant le rendez-vous)', en: 'Prepare (before the meeting)' },
  open: { fr: 'Ouvrir (les premières minutes)', en: 'Open (the first minutes)' },
  listen: { fr: 'Écouter (le cœur du rendez-vous)', en: 'Listen (the heart of the meeting)' },
  convince: { fr: 'Convaincre (sans survendre)', en: 'Convince (without over-selling)' },
  'hard-cases': { fr: 'Les cas difficiles', en: 'Handle the hard cases' },
  close: { fr: 'Conclure (la sortie)', en: 'Close (the exit)' },
} as const;

/**
 * The lessons the game teaches, the one source of their descriptions (docs/lessons.md is generated
 * from them). Scenarios, scoring moments and the debrief refer to lessons by these IDs; the titles are
 * short reminders for authors and the debrief. A core lesson must be trained by a shipped scenario
 * and named by the debrief whether the player gets it right or wrong (tests/content).
 */
export const LESSONS = {
  L01: {
    stage: 'prepare',
    core: true,
    title: { fr: 'Se renseigner avant', en: 'Do your homework' },
    description: {
      fr: 'Se renseigner au maximum sur l’entreprise et sur la personne que l’on va rencontrer.',
      en: 'Find out all you can about the company and the person you will meet.',
    },
  },
  L02: {
    stage: 'prepare',
    core: true,
    title: { fr: 'Pourquoi moi ?', en: 'Why would they hire you?' },
    description: {
      fr: 'Comprendre pourquoi on ferait appel à vous (expertise, renfort ou politique interne) et accorder son discours à cette raison.',
      en: 'Work out why they would hire you — expertise, extra hands or internal politics — and make the pitch fit that reason.',
    },
  },
  L03: {
    stage: 'prepare',
    core: false,
    title: { fr: 'Connaître son CV envoyé', en: 'Know the CV they received' },
    description: {
      fr: 'Connaître par cœur le CV envoyé avec la réponse : c’est lui qui vous a valu l’entretien.',
      en: 'Know the CV sent with the tender by heart: it is why you were shortlisted.',
    },
  },
  L04: {
    stage: 'prepare',
    core: false,
    title: { fr: 'Lire le brief du commercial', en: 'Read the account brief' },
    description: {
      fr: 'Lire la note du commercial : les sujets sensibles et ce qui compte pour ce client.',
      en: 'Read the account manager’s brief: the sensitive topics and what matters to this client.',
    },
  },
  L05: {
    stage: 'prepare',
    core: true,
    title: { fr: 'Qualifier avant de se déplacer', en: 'Qualify before you travel' },
    description: {
      fr: 'Qualifier une demande avant de se déplacer : projet flou, budget absent, prospect qui a sollicité la moitié du marché.',
      en: 'Qualify a request before travelling to it: a vague project, no budget, or a prospect who has asked half the market.',
    },
  },
  L06: {
    stage: 'prepare',
    core: false,
    title: { fr: 'Savoir dire non', en: 'Saying no frees time' },
    description: {
      fr: 'Refuser les demandes fragiles libère du temps pour le vrai travail ; un prospect qui n’insiste pas n’avait pas de vrai projet.',
      en: 'Turning down weak requests frees time for real work; a prospect who does not insist had no real project.',
    },
  },
  L07: {
    stage: 'open',
    core: true,
    title: { fr: 'Se présenter court', en: 'A short, targeted introduction' },
    description: {
      fr: 'Se présenter en peu de mots, en visant la mission, puis rendre la parole.',
      en: 'Introduce yourself briefly, aimed at the mission, then hand the floor back.',
    },
  },
  L08: {
    stage: 'open',
    core: true,
    title: { fr: 'Demander le temps disponible', en: 'Ask how much time they have' },
    description: {
      fr: 'Demander tôt de combien de temps dispose le client et s’accorder dessus : on peut alors finir à l’heure sans brusquer.',
      en: 'Ask early how much time they have and agree on it: you can then end on time without being rude.',
    },
  },
  L09: {
    stage: 'open',
    core: false,
    title: { fr: 'Tour de table sobre', en: 'Keep the round of introductions short' },
    description: {
      fr: 'Lors d’un tour de table, rester bref ; une anecdote personnelle peut tomber à plat devant ce public.',
      en: 'In a round of introductions keep it short; personal anecdotes can fall flat with this audience.',
    },
  },
  L10: {
    stage: 'open',
    core: true,
    title: { fr: 'Le client se présente d’abord', en: 'Clients introduce themselves first' },
    description: {
      fr: 'Laisser les clients se présenter d’abord, quitte à demander poliment cet ordre.',
      en: 'Let the clients introduce themselves first, asking politely for that order if needed.',
    },
  },
  L11: {
    stage: 'listen',
    core: true,
    title: { fr: 'Ne pas couper la parole', en: 'Do not interrupt' },
    description: {
      fr: 'Ne pas couper le prospect quand il expose son projet ; seulement de courtes questions qui le relancent.',
      en: 'Do not interrupt while the prospect explains the project; only short questions that keep them going.',
    },
  },
  L12: {
    stage: 'listen',
    core: true,
    title: { fr: 'Pas de monologue', en: 'No monologue' },
    description: {
      fr: 'Ne jamais interrompre le client pour discourir sur son expertise, surtout au moment où il allait se confier ; repérer quand il décroche.',
      en: 'Never cut the client off to hold forth on your expertise, least of all when they are about to open up; notice when they stop following.',
    },
  },
  L13: {
    stage: 'listen',
    core: true,
    title: { fr: 'Questions ouvertes', en: 'Open questions' },
    description: {
      fr: 'Écouter, c’est surtout se taire et poser des questions ouvertes : comment, pourquoi, qu’en concluez-vous ?',
      en: 'Listening is mostly silence and open questions: how, why, what do you make of it.',
    },
  },
  L14: {
    stage: 'listen',
    core: false,
    title: { fr: 'De l’attention, pas une vitrine', en: 'Attention, not a showcase' },
    description: {
      fr: 'Parfois, la personne attend de l’attention, pas une vitrine des méthodes et des événements du cabinet.',
      en: 'Sometimes the person wants attention, not a tour of your firm’s events and methods.',
    },
  },
  L15: {
    stage: 'listen',
    core: true,
    title: { fr: 'Prendre des notes', en: 'Take notes' },
    description: {
      fr: 'Prendre des notes : cela montre l’écoute et garde trace des problèmes ; souligner les douleurs qui reviennent ou qui pèsent.',
      en: 'Take notes: it shows you listen and keeps their problems; mark the pains that return or clearly hurt.',
    },
  },
  L16: {
    stage: 'listen',
    core: true,
    title: { fr: 'Les besoins non écrits', en: 'Needs nobody wrote down' },
    description: {
      fr: 'Déceler les besoins absents de l’appel d’offres ou de la fiche de poste : c’est là que l’on marque des points.',
      en: 'Find the needs that nobody wrote into the tender or the job description: that is where you score.',
    },
  },
  L17: {
    stage: 'listen',
    core: false,
    title: { fr: 'Une trame, mais de la souplesse', en: 'A checklist, loosely held' },
    description: {
      fr: 'Chaque prospect expose à sa manière : garder une liste de ce qu’exige une proposition, mais le laisser dériver et écouter.',
      en: 'Every prospect briefs differently: keep a checklist of what a proposal needs, but let them wander and listen.',
    },
  },
  L18: {
    stage: 'convince',
    core: true,
    title: { fr: 'Une faiblesse maîtrisée', en: 'A controlled weakness' },
    description: {
      fr: 'Reconnaître une vraie faiblesse, maîtrisée, à côté d’une force : un portrait sans défaut éveille la méfiance et pousse à chercher la faille.',
      en: 'Admit a real, controlled weakness beside a strength: a spotless picture breeds suspicion and sends them looking for a flaw.',
    },
  },
  L19: {
    stage: 'convince',
    core: false,
    title: { fr: 'Tout cacher se paie', en: 'Hiding everything backfires' },
    description: {
      fr: 'Qui cache toutes ses faiblesses laisse le client en trouver une qu’il ne maîtrise pas.',
      en: 'Hide every weakness and the client will find one you do not control.',
    },
  },
  L20: {
    stage: 'convince',
    core: true,
    title: { fr: 'Des références proches', en: 'Close references only' },
    description: {
      fr: 'Ne détailler que les références proches de cette mission ; le reste figure dans le CV.',
      en: 'Go into detail only on references close to this mission; the rest is in the CV.',
    },
  },
  L21: {
    stage: 'convince',
    core: false,
    title: { fr: 'Ses compétences clés', en: 'Your core skills' },
    description: {
      fr: 'Citer ses compétences clés (fonctions, techniques, outils, méthodes) en insistant sur celles qui vous distinguent.',
      en: 'Name your core skills — functions, techniques, tools, methods — and stress the ones that set you apart.',
    },
  },
  L22: {
    stage: 'convince',
    core: false,
    title: { fr: 'Pas toujours une vente', en: 'Not every meeting is a sale' },
    description: {
      fr: 'Un rendez-vous n’est pas toujours une vente : la relation peut compter plus que l’argumentaire.',
      en: 'Not every meeting is a sale: a relationship can matter more than a pitch.',
    },
  },
  L23: {
    stage: 'hard-cases',
    core: true,
    title: { fr: 'Un contrat avant le travail', en: 'A contract before any work' },
    description: {
      fr: 'Se fier aux signes d’un prospect peu sérieux (« c’est décidé » au bout de dix minutes, aucune réponse aux questions) : un contrat avant tout travail.',
      en: 'Trust the signs of a prospect who is not serious (a deal “decided” in ten minutes, no answers to your questions): a contract before any work.',
    },
  },
  L24: {
    stage: 'hard-cases',
    core: false,
    title: { fr: 'La concurrence cachée', en: 'The unseen competitor' },
    description: {
      fr: 'On peut être en concurrence sans le savoir ; les objections sur le prix ou l’expérience arrivent parfois tard.',
      en: 'You may be competing without being told; objections on price and experience can come late.',
    },
  },
  L25: {
    stage: 'hard-cases',
    core: true,
    title: { fr: 'Ne pas fermer la porte', en: 'Keep the door open' },
    description: {
      fr: 'Sollicité alors que l’agenda est plein, ne pas fermer la porte en le disant : rester ouvert et chercher une solution.',
      en: 'Offered a mission while fully booked, do not shut the door by saying so: stay open and look for a way.',
    },
  },
  L26: {
    stage: 'hard-cases',
    core: true,
    title: { fr: 'Gagner du temps', en: 'Play for time' },
    description: {
      fr: 'Gagner du temps : demander l’urgence réelle et la marge du client, et dire ses propres contraintes.',
      en: 'Play for time: ask how urgent it really is and how much room the client has, and say what your own limits are.',
    },
  },
  L27: {
    stage: 'hard-cases',
    core: true,
    title: { fr: 'Déléguer en restant l’interlocuteur', en: 'Delegate, stay the contact' },
    description: {
      fr: 'Confier une partie du travail à des pairs de confiance avec qui l’on travaille déjà, le dire, et rester l’unique interlocuteur.',
      en: 'Hand part of the work to trusted peers you already work with, and say so, while staying the one contact.',
    },
  },
  L28: {
    stage: 'hard-cases',
    core: true,
    title: { fr: 'Découper en étapes', en: 'Split it into stages' },
    description: {
      fr: 'Découper la mission en étapes : l’urgent d’abord, le reste selon un calendrier que l’on propose.',
      en: 'Split the mission into stages: the urgent part first, the rest on a timetable you propose.',
    },
  },
  L29: {
    stage: 'close',
    core: true,
    title: { fr: 'Faire le point avant la fin', en: 'Take stock before the end' },
    description: {
      fr: 'Avant la fin, faire le point en silence : a-t-on les informations utiles, montré ses atouts, prévu une suite ?',
      en: 'Before the end, take stock in silence: do you have what you need, have you shown your strengths, is a next step set?',
    },
  },
  L30: {
    stage: 'close',
    core: true,
    title: { fr: 'Ne pas forcer la décision', en: 'Do not force the decision' },
    description: {
      fr: 'En rendez-vous de mission, ne pas forcer la décision : pas de « quand déciderez-vous ? ».',
      en: 'In a mission meeting, do not force the decision: no “when will you decide?”.',
    },
  },
  L31: {
    stage: 'close',
    core: true,
    title: { fr: 'Demander son impression', en: 'Ask for their impression' },
    description: {
      fr: 'En entretien d’embauche, demander son impression au recruteur ; lire la réponse (convaincu, hésitant, refus poli) sans insister.',
      en: 'In a job interview, do ask the recruiter for their impression; read the answer (convinced, undecided, a polite no) and do not push.',
    },
  },
  L32: {
    stage: 'close',
    core: true,
    title: { fr: 'Fixer une date de rappel', en: 'Turn a vague reply into a date' },
    description: {
      fr: 'Transformer un vague « on vous écrira » en date : proposer d’appeler dans une semaine.',
      en: 'Turn a vague “we’ll be in touch” into a date: offer to call in a week.',
    },
  },
  L33: {
    stage: 'close',
    core: false,
    title: { fr: 'La dernière impression', en: 'The last impression' },
    description: {
      fr: 'Soigner la dernière impression : un merci, une poignée de main franche, un regard, un sourire.',
      en: 'Leave a good last impression: thanks, a firm handshake, eye contact, a smile.',
    },
  },
  L34: {
    stage: 'close',
    core: false,
    title: { fr: 'Ne pas partir battu', en: 'Do not leave defeated' },
    description: {
      fr: 'Ne pas repartir battu : une impression mitigée se rattrape auprès des personnes rencontrées ensuite.',
      en: 'Do not leave beaten: a weak impression can be made up with the next people you meet.',
    },
  },
  L35: {
    stage: 'close',
    core: true,
    title: { fr: 'Construire ensemble', en: 'Build the deal together' },
    description: {
      fr: 'Un rendez-vous n’est pas un combat à gagner ; l’accord se construit ensemble : ouvrir, écouter, analyser, puis collaborer, dans cet ordre.',
      en: 'A meeting is not a fight to win; the deal is built together: open, listen, analyse, then work together, in that order.',
    },
  },
} as const;

export type LessonId = keyof typeof LESSONS;
export const LESSON_IDS = Object.keys(LESSONS) as [LessonId, ...LessonId[]];
