import { useEffect, useRef, useState } from "react";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { EXTENSION_FORM_FIELDS, realmUrlOfLoginAction } from "@siec/contract";
import { fieldError } from "../fieldError";
import type { I18n } from "../i18n";
import type { KcContext } from "../KcContext";

type Status = "waiting" | "solving" | "solved" | "failed";

/** What a person does in a form: a touch, a key, a field filled (typed or by a password manager); not a focus, which may be the page's autofocus. */
const FIRST_GESTURES = ["pointerdown", "keydown", "input"] as const;

/**
 * "Je ne suis pas un robot", with no image and no question: a proof of work the page solves while
 * the person fills the form (from the first gesture in it), checked by the portal's extension. The
 * box ticks itself when done; ticking it starts the work too; a form sent before the end is sent
 * once it is done. The answer goes in a hidden field; the status is announced to screen readers.
 */
export function RobotCheck(props: { kcContext: KcContext; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { msgStr } = i18n;
  const realmUrl = realmUrlOfLoginAction(kcContext.url.loginAction);
  const [status, setStatus] = useState<Status>("waiting");
  const wrapper = useRef<HTMLDivElement>(null);
  const answer = useRef<HTMLInputElement>(null);
  const sendWhenSolved = useRef(false);
  const work = useRef<AbortController>();

  const start = () => {
    if (!realmUrl || work.current) return;
    const controller = new AbortController();
    work.current = controller;
    setStatus("solving");
    // The solver loads with the first gesture in the form: the page's first paint does not wait for it.
    import("@siec/contract/robot-check")
      .then(({ robotCheckAnswer }) => robotCheckAnswer(realmUrl, { signal: controller.signal }))
      .then(
        (solved) => {
          answer.current!.value = solved;
          setStatus("solved");
          if (sendWhenSolved.current) answer.current!.form?.requestSubmit();
        },
        () => {
          if (controller.signal.aborted) return;
          work.current = undefined;
          sendWhenSolved.current = false;
          setStatus("failed");
        },
      );
  };

  useEffect(() => {
    const form = wrapper.current?.closest("form");
    if (!form) return;
    const onSubmit = (event: SubmitEvent) => {
      if (answer.current?.value) return;
      event.preventDefault();
      sendWhenSolved.current = true;
      start();
    };
    // The person's first gesture in the form, not a script's event (the DSFR's scripts send some).
    const onGesture = (event: Event) => event.isTrusted && start();
    for (const gesture of FIRST_GESTURES) form.addEventListener(gesture, onGesture);
    form.addEventListener("submit", onSubmit);
    return () => {
      for (const gesture of FIRST_GESTURES) form.removeEventListener(gesture, onGesture);
      form.removeEventListener("submit", onSubmit);
    };
  });

  useEffect(() => () => work.current?.abort(), []);

  const serverError = fieldError(kcContext, i18n, EXTENSION_FORM_FIELDS.robotCheck);
  // Every state shows one message line, so that the button below does not move as it changes.
  const shown: { state: "info" | "success" | "error"; message?: string } =
    status === "failed"
      ? { state: "error", message: msgStr("robotCheckFailed") }
      : status === "solving"
        ? { state: "info", message: msgStr("robotCheckSolving") }
        : status === "solved"
          ? { state: "success", message: msgStr("robotCheckSolved") }
          : serverError.state === "error"
            ? { state: "error", message: serverError.stateRelatedMessage }
            : { state: "info", message: msgStr("robotCheckWaiting") };

  return (
    <div ref={wrapper}>
      <Checkbox
        options={[
          {
            label: msgStr("robotCheckLabel"),
            hintText: msgStr("robotCheckHint"),
            nativeInputProps: {
              checked: status === "solved",
              onChange: (event) => {
                // The box shows the check's state, not the person's clicks.
                event.currentTarget.checked = status === "solved";
                start();
              },
              "aria-disabled": status === "solved" || undefined,
            },
          },
        ]}
        state={shown.state}
        stateRelatedMessage={shown.message}
      />
      <p className="fr-sr-only" role="status">
        {shown.state === "error" ? "" : shown.message}
      </p>
      {/* Not a React value: the solver writes it, and a render must not reset it. */}
      <input ref={answer} type="hidden" name={EXTENSION_FORM_FIELDS.robotCheck} />
    </div>
  );
}
