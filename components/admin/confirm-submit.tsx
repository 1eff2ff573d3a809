"use client";

import { useRef } from "react";

/**
 * A submit button for destructive admin actions: it asks in a modal <dialog> first, then
 * submits its form with its own name/value (so one form can carry several operations). The
 * dialog is the browser's: showModal() moves focus to its first button, Cancel (so Enter never
 * confirms by accident), Escape closes it, and focus returns to the button.
 */
export function ConfirmSubmit({
  label,
  question,
  name,
  value,
  className = "btn btn-sm btn-error",
}: {
  label: string;
  question: string;
  name?: string;
  value?: string;
  className?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        type="button"
        className={className}
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        {label}
      </button>
      {/* The real submitter, clicked once confirmed; hidden from people and keyboards. */}
      <button ref={button} type="submit" name={name} value={value} hidden tabIndex={-1} aria-hidden="true" />
      <dialog ref={dialog} className="modal" aria-label={question}>
        <div className="modal-box space-y-3">
          <p className="font-semibold">{question}</p>
          <div className="modal-action">
            <button type="button" className="btn" onClick={() => dialog.current?.close()}>
              Cancel
            </button>
            <button
              type="button"
              className="btn btn-error"
              onClick={() => {
                dialog.current?.close();
                button.current?.form?.requestSubmit(button.current);
              }}
            >
              {label}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
