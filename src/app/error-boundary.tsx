import { Component, useEffect, useRef, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  children: ReactNode;
  /** The page shown: moving to another page clears the error. */
  resetKey: string;
}

interface State {
  failed: boolean;
}

/**
 * Catches a page that fails to render and shows a plain message instead: no stack trace,
 * no technical detail. Saved data is not touched; reloading resumes from it.
 */
export class AppErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // For the developer's console only; nothing is reported anywhere.
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <ErrorPage /> : this.props.children;
  }
}

function ErrorPage() {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="app-page">
      <h1 tabIndex={-1} ref={heading}>{t('app.error.title')}</h1>
      <p>{t('app.error.text')}</p>
      <button type="button" className="app-button" onClick={() => window.location.reload()}>
        {t('app.error.reload')}
      </button>
    </div>
  );
}
