import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

function Hello({ text }: { text: string }) {
  return <p>{text}</p>;
}

const meta = { title: 'Placeholder/Hello', component: Hello, args: { text: 'Storybook works' } } satisfies Meta<typeof Hello>;
export default meta;

export const Default: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Storybook works')).toBeInTheDocument();
  },
};
