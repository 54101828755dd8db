/// <reference types="vite/client" />
/**
 * Portable stories: every story in `stories/` rendered in jsdom with the
 * project's decorators and globals, play function included. A story opts out
 * of this run only with Storybook's `!test` tag (none does by default).
 */
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { cleanup } from '@testing-library/react';
import previewAnnotations from '../../.storybook/preview';

setProjectAnnotations(previewAnnotations);

type StoryModule = Parameters<typeof composeStories>[0];
/** The part of a composed story this test uses. */
interface RunnableStory {
  tags: string[];
  run(): Promise<void>;
}
const modules = import.meta.glob<StoryModule>('../../stories/**/*.stories.tsx', { eager: true });

/** A story's loaders, render and play function, on a busy CI machine (the virtual clock keeps them deterministic). */
const STORY_TIMEOUT_MS = 20_000;

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

it('finds the story files', () => {
  expect(Object.keys(modules).length).toBeGreaterThan(0);
});

describe.each(Object.entries(modules).map(([file, mod]) => ({ file: file.replace('../../', ''), mod })))('$file', ({ mod }) => {
  const stories = (Object.entries(composeStories(mod)) as [string, RunnableStory][]).filter(([, story]) => story.tags.includes('test'));

  it.each(stories.map(([name, story]) => ({ name, story })))(
    '$name renders and its play function passes',
    async ({ story }) => {
      await story.run();
      expect(document.body.querySelector('[data-testid="story-frame"]')).not.toBeNull();
    },
    STORY_TIMEOUT_MS,
  );
});
