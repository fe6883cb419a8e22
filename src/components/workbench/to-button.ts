/**
 * Several workbench controls are links without JavaScript (to the search page, to #explorer, to
 * the neutral site) and actions with it. This swaps such a link for a button with the same class,
 * content and data, so assistive technology hears "button" once the action is what happens.
 */
export function toButton(link: HTMLAnchorElement, onClick: (button: HTMLButtonElement) => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = link.className;
  Object.assign(button.dataset, link.dataset);
  for (const name of ['aria-label', 'aria-keyshortcuts']) {
    const value = link.getAttribute(name);
    if (value) button.setAttribute(name, value);
  }
  button.append(...link.childNodes);
  button.addEventListener('click', () => onClick(button));
  link.replaceWith(button);
  return button;
}
