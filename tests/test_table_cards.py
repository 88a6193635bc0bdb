"""The labels that let a phone show a Markdown table as one card per row."""

from macros.table_cards import label_cells


def test_each_cell_gets_its_columns_name_and_other_tables_stay_as_they_are():
    markdown_table = (
        "<table>\n<thead>\n<tr>\n<th>Letter</th>\n<th><a href='#s'>Betekenis</a></th>\n</tr>\n"
        "</thead>\n<tbody>\n<tr>\n<td><strong>S</strong></td>\n<td>Specifiek</td>\n</tr>\n"
        "</tbody>\n</table>"
    )
    label = '<span class="gk-table__label" aria-hidden="true">{}</span> '
    assert label_cells(markdown_table) == (
        "<table>\n<thead>\n<tr>\n<th>Letter</th>\n<th><a href='#s'>Betekenis</a></th>\n</tr>\n"
        f"</thead>\n<tbody>\n<tr>\n<td>{label.format('Letter')}<strong>S</strong></td>\n"
        f"<td>{label.format('Betekenis')}Specifiek</td>\n</tr>\n</tbody>\n</table>"
    )
    # The site's own tables label their cells themselves; a table without a head has no names.
    for other in (
        '<table class="gk-comparison"><thead><tr><th>A</th></tr></thead>'
        "<tbody><tr><td>x</td></tr></tbody></table>",
        "<table><tbody><tr><td>x</td></tr></tbody></table>",
    ):
        assert label_cells(other) == other


def test_a_second_pass_adds_no_second_label():
    """Each language's build pass labels the whole site folder; a page stays labelled once."""
    table = (
        "<table><thead><tr><th>Letter</th></tr></thead><tbody><tr><td>S</td></tr></tbody></table>"
    )
    once = label_cells(table)
    assert once.count("gk-table__label") == 1
    assert label_cells(once) == once
