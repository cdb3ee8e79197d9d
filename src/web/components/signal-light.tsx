import { Popover } from '@digdir/designsystemet-react';
import { useEffect, useId, useReducer, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flag, SignalLevel, StudentSignal } from '../../shared/api';
import { useExplainFlag } from './use-explain-flag';

/**
 * The light's shape tells the level without colour: a circle for grønn, a triangle (a warning
 * sign) for gul, an octagon (a stop sign) for rød. The word is always written beside it.
 */
export function SignalIcon({ level }: { level: SignalLevel }) {
  return (
    <svg className={`signal-icon signal-icon--${level}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {level === 'gronn' && <circle cx="8" cy="8" r="6.5" />}
      {level === 'gul' && <path d="M8 1.5 15 14.5H1Z" />}
      {level === 'rod' && <path d="M5.3 1.5h5.4l3.8 3.8v5.4l-3.8 3.8H5.3l-3.8-3.8V5.3Z" />}
    </svg>
  );
}

/** Shape and word, for places where the level is read rather than opened (flags, tasks). */
export function SignalMark({ level }: { level: SignalLevel }) {
  const { t } = useTranslation();
  return (
    <span className="signal-mark">
      <SignalIcon level={level} />
      <span>{t(`signal.${level}`)}</span>
    </span>
  );
}

/** One flag as a line: level, the rule, and what was found. */
export function FlagReason({ flag }: { flag: Pick<Flag, 'ruleCode' | 'facts' | 'level'> }) {
  const explain = useExplainFlag();
  const { rule, finding } = explain(flag);
  return (
    <>
      <SignalMark level={flag.level} />: <strong>{rule}.</strong> {finding}
    </>
  );
}

type Hover = { hovered: boolean; focused: boolean; dismissed: boolean };
type HoverAction = 'hover' | 'unhover' | 'focus' | 'blur' | 'dismiss' | 'show';

/** Open while pointed at or focused; Escape hides it until the pointer comes back or focus leaves and returns. */
function hoverReducer(state: Hover, action: HoverAction): Hover {
  switch (action) {
    case 'hover':
      // A new visit of the pointer shows the reasons again, even after Escape.
      return state.hovered ? state : { ...state, hovered: true, dismissed: false };
    case 'unhover':
      return { ...state, hovered: false, dismissed: state.focused && state.dismissed };
    case 'focus':
      return { ...state, focused: true };
    case 'blur':
      return { ...state, focused: false, dismissed: state.hovered && state.dismissed };
    case 'dismiss':
      return { ...state, dismissed: true };
    case 'show':
      return { ...state, dismissed: false };
  }
}

const openDelayMs = 150;
const closeDelayMs = 250;

/**
 * The traffic light of a student in a class list: the highest level of the student's open
 * concerns (one flag each). Grønn is plain text ("no open flags"). Gul and rød are a button
 * that shows the reasons (each open concern, with its leading rule and finding) in a popover on
 * hover and on keyboard focus, as WCAG 1.4.13 asks: it stays while the pointer moves onto it,
 * and Escape hides it. Screen readers hear the reasons as the button's description.
 */
export function SignalLight({ signal }: { signal: StudentSignal }) {
  const { t } = useTranslation();
  const popoverId = `signal-${useId()}`;
  const reasonsId = `${popoverId}-reasons`;
  const [state, dispatch] = useReducer(hoverReducer, { hovered: false, focused: false, dismissed: false });
  const timer = useRef<number | undefined>(undefined);
  const open = (state.hovered || state.focused) && !state.dismissed;

  useEffect(() => () => window.clearTimeout(timer.current), []);
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') dispatch('dismiss');
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  const later = (action: HoverAction, ms: number) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => dispatch(action), ms);
  };
  const stay = () => {
    window.clearTimeout(timer.current);
    dispatch('hover');
  };

  if (signal.level === 'gronn' || signal.flags.length === 0) {
    return (
      <span className="signal-cell">
        <SignalMark level="gronn" /> <span className="muted">{t('signal.noOpenFlags')}</span>
      </span>
    );
  }

  return (
    <span className="signal-cell">
      <button
        type="button"
        className={`signal-button signal-button--${signal.level}`}
        popoverTarget={popoverId}
        aria-describedby={reasonsId}
        onMouseEnter={() => later('hover', openDelayMs)}
        onMouseLeave={() => later('unhover', closeDelayMs)}
        onFocus={() => dispatch('focus')}
        onBlur={() => dispatch('blur')}
        onClick={() => dispatch('show')}
      >
        <SignalMark level={signal.level} /> <span className="muted">{t('signal.openFlags', { count: signal.flags.length })}</span>
      </button>
      <Popover id={popoverId} open={open} className="signal-popover" onMouseEnter={stay} onMouseLeave={() => later('unhover', closeDelayMs)}>
        <div id={reasonsId}>
          <p className="signal-popover__heading">{t('signal.reasons', { count: signal.flags.length })}</p>
          <ul className="signal-popover__list">
            {signal.flags.map((flag) => (
              <li key={flag.id}>
                {t(`signal.concern.${flag.concern}`)}: <FlagReason flag={flag} />
                {flag.findings.length > 1 && <> ({t('signal.moreFindings', { count: flag.findings.length - 1 })})</>}
                {flag.state === 'bekreftet' && <> ({t('signal.confirmed')})</>}
              </li>
            ))}
          </ul>
        </div>
      </Popover>
    </span>
  );
}
