// One record that cannot be shown (a malformed value stored before the checks we have now) shows
// `fallback` in its place instead of taking the whole page down. Give it `key={record.id}` so the
// next record starts from a clean slate rather than the broken one's leftovers.
import { Component, type ComponentChildren } from 'preact';

interface Props {
  fallback: ComponentChildren;
  children: ComponentChildren;
}

export class RecordBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(): void {
    this.setState({ failed: true });
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
