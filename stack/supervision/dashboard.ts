import { readFileSync } from "node:fs";
import path from "node:path";
import { supervisionDir } from "./prometheus";

export interface DashboardPanel {
  id: number;
  type: string;
  title: string;
  datasource?: { type: string; uid: string };
  /** None on a row's header. */
  targets?: { expr: string; refId: string; datasource?: { uid: string } }[];
}

export interface Dashboard {
  title: string;
  schemaVersion: number;
  __inputs: { name: string; type: string; pluginId: string }[];
  panels: DashboardPanel[];
}

export const dashboardPath = path.join(supervisionDir, "tableau-de-bord-grafana.json");

export function dashboard(): Dashboard {
  return JSON.parse(readFileSync(dashboardPath, "utf8")) as Dashboard;
}

/**
 * Each query of the dashboard, named by its panel, with Grafana's interval variables as `range`:
 * what Prometheus itself evaluates.
 */
export function dashboardQueries(range: string): { where: string; expr: string }[] {
  return dashboard().panels.flatMap((panel) =>
    (panel.targets ?? []).map((target) => ({
      where: `${panel.title} (${target.refId})`,
      expr: target.expr.replace(/\$__(?:rate_)?interval\b|\$__range\b/g, range),
    })),
  );
}
