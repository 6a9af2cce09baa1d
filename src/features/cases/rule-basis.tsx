import { getRule } from '../../domain';
import { useRuleBasisText } from '../../i18n/use-rule-basis-text';

/** The rule ids behind a finding or a deadline, with their legal basis and confidence, as shown. */
export function RuleBasis({ ids, today }: { ids: readonly string[]; today: string }) {
  const ruleBasisText = useRuleBasisText();
  const texts = ruleBasisText(ids.map((id) => ({ id, entry: getRule(id, today) })));
  return (
    <ul className="rule-basis">
      {texts.map((text, index) => (
        <li key={ids[index] ?? text}>{text}</li>
      ))}
    </ul>
  );
}
