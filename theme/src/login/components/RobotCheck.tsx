import { useEffect, useRef, useState } from "react";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { EXTENSION_FORM_FIELDS } from "@siec/contract";
import { robotCheckAnswer } from "@siec/contract/robot-check";
import { fieldError } from "../fieldError";
import type { I18n } from "../i18n";
import type { KcContext } from "../KcContext";
import { realmUrlOf } from "../realmUrl";

type Status = "waiting" | "solving" | "solved" | "failed";

/**
 * "Je ne suis pas un robot", with no image and no question: a proof of work the page solves while
 * the person fills the form (from the first focus in it), checked by the portal's extension. The
 * box ticks itself when done; ticking it starts the work too; a form sent before the end is sent
 * once it is done. The answer goes in a hidden field; the status is announced to screen readers.
 */
export function RobotCheck(props: { kcContext: KcContext; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { msgStr } = i18n;
  const realmUrl = realmUrlOf(kcContext.url.loginAction);
  const [status, setStatus] = useState<Status>("waiting");
  const [answer, setAnswer] = useState("");
  const wrapper = useRef<HTMLDivElement>(null);
  const sendWhenSolved = useRef(false);
  const work = useRef<AbortController>();

  const start = () => {
    if (!realmUrl || work.current) return;
    const controller = new AbortController();
    work.current = controller;
    setStatus("solving");
    robotCheckAnswer(realmUrl, { signal: controller.signal }).then(
      (solved) => {
        setAnswer(solved);
        setStatus("solved");
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
      if (answer) return;
      event.preventDefault();
      sendWhenSolved.current = true;
      start();
    };
    form.addEventListener("focusin", start);
    form.addEventListener("submit", onSubmit);
    return () => {
      form.removeEventListener("focusin", start);
      form.removeEventListener("submit", onSubmit);
    };
  });

  useEffect(() => {
    if (answer && sendWhenSolved.current) wrapper.current?.closest("form")?.requestSubmit();
  }, [answer]);

  useEffect(() => () => work.current?.abort(), []);

  const serverError = fieldError(kcContext, i18n, EXTENSION_FORM_FIELDS.robotCheck);
  const shown: { state: "default" | "info" | "success" | "error"; message?: string } =
    status === "failed"
      ? { state: "error", message: msgStr("robotCheckFailed") }
      : status === "solving"
        ? { state: "info", message: msgStr("robotCheckSolving") }
        : status === "solved"
          ? { state: "success", message: msgStr("robotCheckSolved") }
          : serverError.state === "error"
            ? { state: "error", message: serverError.stateRelatedMessage }
            : { state: "default" };

  return (
    <div ref={wrapper}>
      <Checkbox
        options={[
          {
            label: msgStr("robotCheckLabel"),
            hintText: msgStr("robotCheckHint"),
            nativeInputProps: {
              checked: status === "solved",
              onChange: start,
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
      <input type="hidden" name={EXTENSION_FORM_FIELDS.robotCheck} value={answer} />
    </div>
  );
}
