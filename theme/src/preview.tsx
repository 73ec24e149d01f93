/**
 * Previews of every page state with a mock context, served by Vite (`npm run dev -w theme`, then
 * /preview.html). `?page=login.ftl&story=wrongCredentials` renders one story; no query lists them.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import KcPage from "./login/KcPage";
import type { Story } from "./login/pages/storyMocks";

const modules = import.meta.glob<{ stories: Record<string, Story> }>("./login/pages/*.stories.tsx", { eager: true });

export const allStories = Object.values(modules).flatMap((module) =>
  Object.entries(module.stories).map(([name, story]) => ({ pageId: story.kcContext.pageId, name, story })),
);

export function storyUrl(pageId: string, name: string, story: Story): string {
  return `?${new URLSearchParams({ page: pageId, story: name })}${story.search === undefined ? "" : `&${story.search}`}`;
}

const query = new URLSearchParams(window.location.search);
const selected = allStories.find(({ pageId, name }) => pageId === query.get("page") && name === query.get("story"));

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    {selected !== undefined ? (
      <KcPage kcContext={selected.story.kcContext} />
    ) : (
      <main>
        <h1>Aperçus</h1>
        <ul id="stories">
          {allStories.map(({ pageId, name, story }) => (
            <li key={`${pageId}/${name}`}>
              <a href={storyUrl(pageId, name, story)}>{`${pageId} — ${name}`}</a>
            </li>
          ))}
        </ul>
      </main>
    )}
  </StrictMode>,
);
