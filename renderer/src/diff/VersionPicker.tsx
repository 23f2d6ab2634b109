import type { ArticleSummary } from '../../../main/core/model';
import { articleName, versionLabel } from './comparedVersions';

/**
 * One side's version, from any article of the event: the versions grouped by
 * article, each article named by its outlet and title, each version as its
 * article's list labels it.
 */
export function VersionPicker(props: { label: 'Earlier' | 'Later'; articles: readonly ArticleSummary[]; value: number; onChange(id: number): void }) {
  return (
    <label>
      {props.label}{' '}
      <select aria-label={`${props.label} version`} value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
        {props.articles
          .filter((a) => a.versions.length > 0)
          .map((article) => (
            <optgroup key={article.id} label={articleName(article)}>
              {article.versions.map((version, index) => (
                <option key={version.id} value={version.id}>
                  {versionLabel({ article, version, index })}
                </option>
              ))}
            </optgroup>
          ))}
      </select>
    </label>
  );
}
