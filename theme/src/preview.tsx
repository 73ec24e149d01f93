/**
 * Previews of every page state with a mock context, served by Vite (`npm run dev -w theme`, then
 * /preview.html). `?page=login.ftl&story=wrongCredentials` renders one story; no query lists them.
 * The account space's pages are `account/<Page>` (e.g. `account/Security`). A story reached by
 * pressing buttons plays the presses after rendering: `<html data-story="playing">` until it has.
 */
import { StrictMode, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { AccountSpace } from "./account/AccountSpace";
import type { AccountStory } from "./account/pages/storyMocks";
import KcPage from "./login/KcPage";
import type { Story } from "./login/pages/storyMocks";

type Preview = { page: string; name: string; search?: string; render: () => ReactNode; play?: () => Promise<void> };

const loginModules = import.meta.glob<{ stories: Record<string, Story> }>("./login/pages/*.stories.tsx", {
  eager: true,
});
const accountModules = import.meta.glob<{ stories: Record<string, AccountStory> }>("./account/pages/*.stories.tsx", {
  eager: true,
});

const allStories: Preview[] = [
  ...Object.values(loginModules).flatMap((module) =>
    Object.entries(module.stories).map(([name, story]) => ({
      page: story.kcContext.pageId,
      name,
      search: story.search,
      render: () => <KcPage kcContext={story.kcContext} />,
    })),
  ),
  ...Object.entries(accountModules).flatMap(([path, module]) =>
    Object.entries(module.stories).map(([name, story]) => ({
      page: `account/${/([A-Za-z]+)\.stories\.tsx$/.exec(path)![1]}`,
      name,
      render: () => (
        <AccountSpace kcContext={story.kcContext} api={story.api} route={story.route} navigate={() => {}} />
      ),
      play: story.play,
    })),
  ),
];

function storyUrl(preview: Preview): string {
  return `?${new URLSearchParams({ page: preview.page, story: preview.name })}${preview.search === undefined ? "" : `&${preview.search}`}`;
}

const query = new URLSearchParams(window.location.search);
const selected = allStories.find(({ page, name }) => page === query.get("page") && name === query.get("story"));

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    {selected !== undefined ? (
      selected.render()
    ) : (
      <main>
        <h1>Aperçus</h1>
        <ul id="stories">
          {allStories.map((preview) => (
            <li key={`${preview.page}/${preview.name}`}>
              <a href={storyUrl(preview)}>{`${preview.page} — ${preview.name}`}</a>
            </li>
          ))}
        </ul>
      </main>
    )}
  </StrictMode>,
);

if (selected?.play !== undefined) {
  document.documentElement.dataset.story = "playing";
  void selected.play().then(
    () => (document.documentElement.dataset.story = "played"),
    (error: unknown) => {
      document.documentElement.dataset.story = "failed";
      throw error;
    },
  );
}
