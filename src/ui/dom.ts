/**
 * Builds DOM nodes from data. Content is untrusted (scenario files), so text only ever goes in
 * through `textContent`; nothing here parses HTML.
 */
export interface ElementSpec {
  readonly className?: string;
  readonly text?: string;
  readonly attrs?: Readonly<Record<string, string>>;
  readonly data?: Readonly<Record<string, string>>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  spec: ElementSpec = {},
  children: readonly (Node | null | undefined | false)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (spec.className) node.className = spec.className;
  if (spec.text !== undefined) node.textContent = spec.text;
  for (const [name, value] of Object.entries(spec.attrs ?? {})) node.setAttribute(name, value);
  for (const [name, value] of Object.entries(spec.data ?? {})) node.dataset[name] = value;
  for (const child of children) if (child) node.append(child);
  return node;
}

export function button(
  label: string,
  onClick: () => void,
  spec: ElementSpec = {},
  children: readonly Node[] = [],
): HTMLButtonElement {
  const node = el('button', { ...spec, attrs: { type: 'button', ...spec.attrs } }, children);
  if (children.length === 0) node.textContent = label;
  node.addEventListener('click', onClick);
  return node;
}

/** Text that screen readers read but the eye does not need (it is shown another way). */
export function spoken(text: string): HTMLSpanElement {
  return el('span', { className: 'sr-only', text });
}

/** True when a key event comes from a control that handles the key itself (typing, a focused button). */
export function isFromControl(event: KeyboardEvent): boolean {
  const target = event.target;
  return target instanceof HTMLElement && target.closest('button, input, select, textarea, a[href], dialog') !== null;
}

/** True when a key is typed into a text field: it is text, not a game shortcut. */
export function isTextEntry(event: KeyboardEvent): boolean {
  const target = event.target;
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null);
}

/** A selector that finds the focused control again after a redraw (by its language or role). */
export function focusedControl(): string | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement)) return null;
  if (active.dataset.lang) return `[data-lang="${active.dataset.lang}"]`;
  if (active.dataset.role) return `[data-role="${active.dataset.role}"]`;
  if (active.dataset.action) return `[data-action="${active.dataset.action}"]`;
  return null;
}

export function refocus(root: ParentNode, selector: string | null): void {
  if (selector) root.querySelector<HTMLElement>(selector)?.focus();
}
