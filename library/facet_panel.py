"""The filter panel's groups (site/templates/components/facet_panel.html): each facet a
collapsible group showing its first few values, the rest behind "Show more". The first group
is open, and every group one of whose values is chosen; the others are one Tab stop each."""

from dataclasses import dataclass, field

# Values a group shows before "Show more" (a broader topic counts once, with its narrower
# topics).
SHOWN = 5


@dataclass
class FacetGroup:
    param: str
    label: str
    shown: list = field(default_factory=list)
    more: list = field(default_factory=list)
    selected: int = 0  # how many of its values are chosen
    is_open: bool = False


def groups(facets, shown=SHOWN):
    """A FacetGroup for each facet with values. A chosen value is always in view."""
    found = []
    for facet in facets:
        if not facet.options:
            continue
        group = FacetGroup(facet.param, facet.label)
        top_level = 0
        for option in facet.options:
            if not option.parent:
                top_level += 1
            if top_level <= shown or option.selected:
                group.shown.append(option)
            else:
                group.more.append(option)
        group.selected = sum(1 for option in facet.options if option.selected)
        group.is_open = bool(group.selected) or not found
        found.append(group)
    return found
