import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import type { AccountI18n } from "../i18n";
import { focusOnMount } from "./focusOnMount";

/**
 * The question a destructive action asks in place of its button: what it will do, then confirm or
 * cancel. It takes the focus when it appears.
 */
export function ConfirmStep(props: {
  title: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** While the confirmed action is under way. */
  busy?: boolean;
  className?: string;
  i18n: AccountI18n;
}) {
  const { title, question, confirmLabel, onConfirm, onCancel, busy, className, i18n } = props;
  return (
    <div ref={focusOnMount} tabIndex={-1}>
      <Alert
        className={className}
        severity="warning"
        title={title}
        description={
          <>
            <p>{question}</p>
            <ButtonsGroup
              className="fr-mt-2w"
              inlineLayoutWhen="sm and up"
              buttons={[
                { children: confirmLabel, disabled: busy, onClick: onConfirm },
                { children: i18n.msg("cancel"), priority: "secondary", disabled: busy, onClick: onCancel },
              ]}
            />
          </>
        }
      />
    </div>
  );
}
