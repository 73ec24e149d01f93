import { useCallback, useState } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { Device } from "../accountApi";
import { ConfirmedAction } from "../components/ConfirmedAction";
import { Loaded, useLoaded } from "../components/Loaded";
import type { AccountI18n } from "../i18n";
import type { PageProps } from "./PageProps";

/** "Appareils et sessions": where the account is signed in, and signing out of all of them. */
export default function Devices(props: PageProps) {
  const { api, i18n } = props;
  const [loading] = useLoaded(
    "devices",
    useCallback((signal: AbortSignal) => api.devices(signal), [api]),
  );
  const [failed, setFailed] = useState(false);
  return (
    <>
      <p>{i18n.msg("devicesIntro")}</p>
      <Loaded loading={loading} i18n={i18n}>
        {(devices) => (
          <ul className="fr-raw-list">
            {devices.map((device) => (
              <DeviceItem key={device.id} device={device} i18n={i18n} />
            ))}
          </ul>
        )}
      </Loaded>
      <ConfirmedAction
        className="fr-mt-4w"
        label={i18n.msg("devicesSignOutAll")}
        question={i18n.msg("devicesSignOutAllConfirm")}
        confirmLabel={i18n.msg("devicesSignOutAllConfirmButton")}
        onConfirm={() => {
          setFailed(false);
          return api.signOutEverywhere().catch(() => setFailed(true));
        }}
        onCancel={() => setFailed(false)}
        i18n={i18n}
      />
      {failed && (
        <Alert className="fr-mt-3w" severity="error" small description={i18n.msg("devicesSignOutAllFailed")} />
      )}
    </>
  );
}

function DeviceItem(props: { device: Device; i18n: AccountI18n }) {
  const { device, i18n } = props;
  // The Account REST API dates sessions in seconds.
  const seconds = (value: number) => i18n.date(value * 1000);
  const name = [device.browser, [device.os, device.osVersion].filter(Boolean).join(" ")].filter(Boolean).join(" — ");
  return (
    <li className="fr-mb-3w">
      <h2 className="fr-h5 fr-mb-1w">
        <span className={device.mobile ? "fr-icon-smartphone-line" : "fr-icon-computer-line"} aria-hidden="true" />{" "}
        {name || i18n.msg("devicesUnknown")}{" "}
        {device.current && (
          <Badge severity="success" small noIcon>
            {i18n.msg("devicesThisOne")}
          </Badge>
        )}
      </h2>
      {device.sessions.map((session) => (
        <ul key={session.id} className="fr-mb-1w">
          <li>{i18n.msg("devicesLastAccess", seconds(session.lastAccess))}</li>
          <li>{i18n.msg("devicesStarted", seconds(session.started))}</li>
          {session.ipAddress !== undefined && <li>{i18n.msg("devicesAddress", session.ipAddress)}</li>}
          {session.clients.length > 0 && (
            <li>
              {i18n.msg(
                "devicesApps",
                session.clients.map((client) => client.clientName || client.clientId).join(", "),
              )}
            </li>
          )}
        </ul>
      ))}
    </li>
  );
}
