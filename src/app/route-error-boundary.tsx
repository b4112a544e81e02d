import { Component, type ReactNode } from 'react';

interface Props {
  /** Changes when the learner navigates, which clears the error. */
  resetKey: string;
  /** Shown instead of the children; `retry` renders them again (their code loads anew). */
  fallback: ReactNode | ((retry: () => void) => ReactNode);
  children: ReactNode;
}

interface State {
  failed: boolean;
  key: string;
}

/**
 * Keeps a page (or an overlay) that throws while rendering, or whose code could not load,
 * from taking the rest of the app down.
 */
export class RouteErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  retry = () => this.setState({ failed: false });

  override render() {
    const { fallback, children } = this.props;
    if (!this.state.failed) return children;
    return typeof fallback === 'function' ? fallback(this.retry) : fallback;
  }
}
