"""`field__any=[...]`: membership in a list passed as ONE parameter (PostgreSQL `= ANY(%s)`),
so that a list of thousands of ids costs neither SQL compilation nor a long statement.
Elsewhere (the SQLite fallback of `make run`) it is a plain IN."""

from django.db import models
from django.db.models import Lookup


class Any(Lookup):
    lookup_name = "any"
    prepare_rhs = False

    def process_rhs(self, compiler, connection):
        return "%s", [list(self.rhs)]

    def as_postgresql(self, compiler, connection):
        # Cast the array to the column's own type: psycopg sends small integers as int2[],
        # and a cross-type comparison keeps PostgreSQL from using the column's index.
        lhs, lhs_params = self.process_lhs(compiler, connection)
        column_type = self.lhs.output_field.rel_db_type(connection)
        return f"{lhs} = ANY(%s::{column_type}[])", [*lhs_params, list(self.rhs)]

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        values = list(self.rhs)
        if not values:
            return "1 = 0", lhs_params
        return f"{lhs} IN ({', '.join(['%s'] * len(values))})", [*lhs_params, *values]


models.Field.register_lookup(Any)
models.ForeignObject.register_lookup(Any)  # foreign keys and the page_ptr primary key
