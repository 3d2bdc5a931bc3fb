"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";

interface Options {
  /** Clear the form after a successful submission (create forms), but never after an error. */
  resetOnSuccess?: boolean;
}

/**
 * useActionState for forms that must keep what the person typed. React resets
 * a form after its `action` runs, which would wipe the fields on a validation
 * error; submitting from onSubmit skips that reset. `action` stays on the form
 * so it still posts without JavaScript.
 */
export function useFormAction<S extends { ok?: boolean }>(
  action: (state: Awaited<S>, form: FormData) => S | Promise<S>,
  initial: Awaited<S>,
  options: Options = {},
) {
  const [state, formAction, pending] = useActionState(action, initial);
  const form = useRef<HTMLFormElement | null>(null);
  const { resetOnSuccess = false } = options;

  useEffect(() => {
    if (resetOnSuccess && state.ok) form.current?.reset();
  }, [state, resetOnSuccess]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.current = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(data));
  }
  return { state, formAction, pending, onSubmit };
}
