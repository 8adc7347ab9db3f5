"""`field__any=Ids(...)`: membership in a collection passed as ONE parameter (PostgreSQL
`= ANY(%s)`), so that thousands of ids cost neither SQL compilation nor a long statement.
Elsewhere (the SQLite fallback of `make run`) it is a plain IN."""

from django.db import models
from django.db.models import Lookup

INTEGER_TYPES = {"smallint", "integer", "bigint"}


class Ids:
    """Ids handed to ``__any`` as one opaque value. A plain list or set works too, but Django
    then checks every element's type against the related model, one by one."""

    __slots__ = ("values",)

    def __init__(self, values):
        self.values = values


class Any(Lookup):
    lookup_name = "any"
    prepare_rhs = False

    def values(self):
        return list(self.rhs.values if isinstance(self.rhs, Ids) else self.rhs)

    def process_rhs(self, compiler, connection):
        return "%s", [self.values()]

    def as_postgresql(self, compiler, connection):
        # Cast the array to the column's own type: psycopg sends small integers as int2[],
        # and a cross-type comparison keeps PostgreSQL from using the column's index.
        lhs, lhs_params = self.process_lhs(compiler, connection)
        column_type = self.lhs.output_field.rel_db_type(connection)
        values = self.values()
        if column_type in INTEGER_TYPES:
            # One text literal: psycopg adapts a Python list element by element in Python,
            # which for thousands of ids costs more than the query.
            values = "{" + ",".join(map(str, map(int, values))) + "}"
        return f"{lhs} = ANY(%s::{column_type}[])", [*lhs_params, values]

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        values = self.values()
        if not values:
            return "1 = 0", lhs_params
        return f"{lhs} IN ({', '.join(['%s'] * len(values))})", [*lhs_params, *values]


models.Field.register_lookup(Any)
models.ForeignObject.register_lookup(Any)  # foreign keys and the page_ptr primary key
