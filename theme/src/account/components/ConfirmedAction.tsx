import { useState } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import type { AccountI18n } from "../i18n";
import { focusOnMount } from "./focusOnMount";

/**
 * A destructive action's button, which asks first: in its place, what it will do, then confirm or
 * cancel. The question takes the focus when it appears, the button again when cancelled; the
 * button comes back once the confirmed action has ended.
 */
export function ConfirmedAction(props: {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  onCancel?: () => void;
  className?: string;
  i18n: AccountI18n;
}) {
  const { label, question, confirmLabel, onConfirm, onCancel, className, i18n } = props;
  const [step, setStep] = useState<"button" | "asking" | "under way" | "cancelled">("button");
  if (step === "button" || step === "cancelled") {
    return (
      <Button
        ref={step === "cancelled" ? focusOnMount : undefined}
        className={className}
        priority="secondary"
        onClick={() => setStep("asking")}
      >
        {label}
      </Button>
    );
  }
  const busy = step === "under way";
  return (
    <div ref={focusOnMount} tabIndex={-1}>
      <Alert
        className={className}
        severity="warning"
        title={label}
        description={
          <>
            <p>{question}</p>
            <ButtonsGroup
              className="fr-mt-2w"
              inlineLayoutWhen="sm and up"
              buttons={[
                {
                  children: confirmLabel,
                  disabled: busy,
                  onClick: () => {
                    setStep("under way");
                    void onConfirm().finally(() => setStep("button"));
                  },
                },
                {
                  children: i18n.msg("cancel"),
                  priority: "secondary",
                  disabled: busy,
                  onClick: () => {
                    setStep("cancelled");
                    onCancel?.();
                  },
                },
              ]}
            />
          </>
        }
      />
    </div>
  );
}
