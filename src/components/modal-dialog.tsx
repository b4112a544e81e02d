import { type ReactNode, useEffect, useRef } from 'react';

interface ModalDialogProps {
  /** Id of the element that names the dialog (its heading). */
  labelledBy: string;
  className?: string;
  /** Escape, or the page asking the dialog to close. */
  onClose: () => void;
  children: ReactNode;
}

/**
 * A native modal dialog, open while mounted: focus stays inside (the page behind is
 * inert), Escape calls `onClose`, and focus returns to where it was on unmount.
 */
export function ModalDialog({ labelledBy, className, onClose, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    el?.showModal();
    return () => {
      el?.close();
      before?.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className={className}
      aria-labelledby={labelledBy}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
