import { createRoot } from 'react-dom/client';
import type { ComponentProps } from 'react';
import { PopupApp } from '../../components/popup/PopupApp';

/** React and the popup's components, loaded by main.tsx once the database read has started. */
export function renderPopup(root: HTMLElement, props: ComponentProps<typeof PopupApp>): void {
  createRoot(root).render(<PopupApp {...props} />);
}
