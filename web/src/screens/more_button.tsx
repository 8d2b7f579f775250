// The end of a paged list: how much of it is shown, and a button for the
// next page while the server has more.
import { useApp } from "../context";
import { hasMore } from "../paging";
import type { PagedList } from "../use_paged";

export function MoreButton({ list }: { list: PagedList<{ id: number }> }) {
  const { t } = useApp();
  if (!list.data || list.data.total === 0) return null;
  return (
    <div class="more">
      <span class="muted">
        {list.data.items.length} {t("of")} {list.data.total}
      </span>
      {hasMore(list.data) && (
        <button type="button" class="secondary" onClick={list.more} disabled={list.loading}>
          {t("more")}
        </button>
      )}
    </div>
  );
}
