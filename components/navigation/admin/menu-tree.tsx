import Link from "next/link";
import { RowAction } from "@/components/admin/row-action";
import { deleteMenuItemAction, moveMenuItemAction } from "@/lib/navigation/admin/actions";
import type { MenuNode } from "@/lib/navigation/types";
import { childrenOf, descendantIds } from "@/lib/navigation/utils";

function Flags({ node }: { node: MenuNode }) {
  const flags = [
    node.alias && `alias ${node.alias}`,
    node.hidden && "hidden",
    !node.inMenu && "not in menus",
    !node.inBreadcrumbs && "not in breadcrumbs",
  ].filter(Boolean);
  return flags.map((f) => (
    <span key={String(f)} className="badge badge-ghost badge-sm">
      {f}
    </span>
  ));
}

function Branch({ nodes, parentId }: { nodes: readonly MenuNode[]; parentId: number | null }) {
  const items = childrenOf(nodes, parentId);
  if (items.length === 0) return null;
  return (
    <ul className={parentId === null ? "space-y-1" : "border-base-300 mt-1 ml-4 space-y-1 border-l pl-3"}>
      {items.map((node, i) => {
        const below = descendantIds(nodes, node.id).size;
        return (
          <li key={node.id} data-testid={`menu-item-${node.id}`}>
            <div className="hover:bg-base-200 rounded-field flex flex-wrap items-center gap-2 px-2 py-1">
              <Link className="link font-medium" href={`/admin/navigation/${node.id}/`}>
                {node.title}
              </Link>
              <span className="text-base-content/70 font-mono text-xs break-all">{node.url}</span>
              <Flags node={node} />
              <span className="ml-auto flex flex-wrap gap-1">
                {i > 0 && (
                  <RowAction
                    action={moveMenuItemAction}
                    hidden={{ id: node.id }}
                    op="up"
                    label="Up"
                    srLabel={node.title}
                  />
                )}
                {i < items.length - 1 && (
                  <RowAction
                    action={moveMenuItemAction}
                    hidden={{ id: node.id }}
                    op="down"
                    label="Down"
                    srLabel={node.title}
                  />
                )}
                <Link className="btn btn-xs" href={`/admin/navigation/new/?parent=${node.id}`}>
                  Add below<span className="sr-only"> {node.title}</span>
                </Link>
                <RowAction
                  action={deleteMenuItemAction}
                  hidden={{ id: node.id }}
                  label="Delete"
                  className="btn btn-xs btn-error"
                  confirm={
                    below > 0
                      ? `Delete "${node.title}" and the ${below} item${below === 1 ? "" : "s"} below it?`
                      : `Delete "${node.title}"?`
                  }
                />
              </span>
            </div>
            <Branch nodes={nodes} parentId={node.id} />
          </li>
        );
      })}
    </ul>
  );
}

/** The sitetree as nested lists, each item with its flags and its row buttons (move, add below, delete). */
export function MenuTree({ nodes }: { nodes: readonly MenuNode[] }) {
  return (
    <nav aria-label="Menu tree" className="card bg-base-100 border-base-300 border p-2">
      <Branch nodes={nodes} parentId={null} />
    </nav>
  );
}
