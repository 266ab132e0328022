import { LAYER_LABELS, LAYERS } from "@/lib/annotations/dto";

export interface SearchFormValues {
  q: string;
  kind?: string;
  source?: string;
  layer?: string;
  tag?: string;
  author?: string;
  from?: string;
  to?: string;
}

/** The search and its filters as one GET form: every state of the page is a URL. */
export function SearchForm({ values, sources }: { values: SearchFormValues; sources: { slug: string; title: string }[] }) {
  return (
    <form role="search" action="/search" className="sform">
      <div className="sform-q">
        <label htmlFor="q">Words to find</label>
        <input id="q" name="q" type="search" defaultValue={values.q} maxLength={200} autoComplete="off" aria-describedby="q-help" />
        <button type="submit">Search</button>
      </div>
      <p id="q-help" className="sform-help">
        All words must appear; <code>&quot;a phrase&quot;</code>, <code>or</code> between alternatives, <code>-word</code> to leave one out.
      </p>
      <fieldset className="sform-filters">
        <legend>Filters</legend>
        <label>
          Find in
          <select name="kind" defaultValue={values.kind ?? ""}>
            <option value="">texts and notes</option>
            <option value="source">texts only</option>
            <option value="annotation">notes only</option>
          </select>
        </label>
        <label>
          Source
          <select name="source" defaultValue={values.source ?? ""}>
            <option value="">every source</option>
            {sources.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Layer (notes)
          <select name="layer" defaultValue={values.layer ?? ""}>
            <option value="">any layer</option>
            {LAYERS.map((layer) => (
              <option key={layer} value={layer}>
                {LAYER_LABELS[layer]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tag (notes)
          <input name="tag" defaultValue={values.tag ?? ""} maxLength={40} autoComplete="off" />
        </label>
        <label>
          From
          <input name="from" type="date" defaultValue={values.from ?? ""} />
        </label>
        <label>
          To
          <input name="to" type="date" defaultValue={values.to ?? ""} />
        </label>
        {values.author === undefined ? null : <input type="hidden" name="author" value={values.author} />}
      </fieldset>
    </form>
  );
}
