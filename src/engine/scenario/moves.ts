/**
 * The player's moves: a closed vocabulary. Every option in a scenario is tagged with the moves it
 * makes, so scoring, prospect reactions and play styles (`--prefer`) speak about behaviour, not
 * about the words on a button.
 */
export const MOVES = {
  research: 'prepares by learning about the company and the person',
  'read-brief': 'rereads the tender, the CV that was sent or the account manager brief',
  introduce: 'introduces themself briefly, aimed at the mission',
  monologue: 'talks at length about themself or their firm',
  'open-question': 'asks an open question (how, why, what)',
  'closed-question': 'asks a yes/no or narrow question',
  relaunch: 'a short prompt that keeps the prospect talking',
  summarize: 'restates what was heard to test understanding',
  'take-note': 'writes down what the prospect says',
  'let-finish': 'lets the prospect finish their thought',
  interrupt: 'cuts the prospect off',
  pitch: 'a concise pitch fitted to the need',
  oversell: 'claims more than is credible',
  'admit-weakness': 'admits a real, controlled weakness next to a strength',
  'deny-weakness': 'claims to have no weakness',
  'cite-reference': 'cites a past mission close to this one',
  'list-skills': 'lists core skills, stressing the distinctive ones',
  'ask-time': 'asks how much time the prospect has',
  'force-decision': 'pushes the prospect to decide or judge now',
  'ask-impression': 'asks the other person for their impression',
  'propose-next-step': 'proposes a concrete next step',
  'thank-and-leave': 'thanks the prospect and leaves',
  'invite-introductions': 'asks the clients to introduce themselves first',
  showcase: "presents the firm's events, methods or tools unasked",
  qualify: 'checks that a request is real: budget, maturity, who decides, who else was asked',
  decline: 'turns down a request or a mission',
  'ask-contract': 'asks for a signed contract or order before any work starts',
  'work-for-free': 'starts working before anything is signed',
  'ask-competition': 'asks who else is being consulted',
  'say-full': 'says the diary is full, with nothing else to offer',
  'ask-urgency': 'asks how urgent it really is and what room there is',
  'state-constraints': 'states their own constraints plainly',
  delegate: 'brings in trusted peers while staying the single contact',
  'split-stages': 'splits the work into stages, the urgent part first',
  'take-stock': 'checks silently what is known, shown and planned before the end',
  insist: 'presses again after the other person has answered',
  'leave-defeated': 'lets disappointment show on the way out',
  repair: 'owns up to having cut the prospect off and gives them the floor back',
} as const;

export type Move = keyof typeof MOVES;
export const MOVE_IDS = Object.keys(MOVES) as [Move, ...Move[]];
