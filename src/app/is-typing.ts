/**
 * Whether a key press goes to a text field (or an editable element): the app's keyboard
 * shortcuts then stay out of the way.
 */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}
