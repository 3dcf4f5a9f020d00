-- Imports (issue 5) create hundreds of thousands of rows: each node now draws its primary keys
-- in blocks of 500 instead of 50 (one sequence round trip per 500 rows instead of per 50). JPA's
-- allocationSize follows the increment; the values already handed out stay below the next block.
alter sequence resource_pk_seq increment by 500;
alter sequence version_pk_seq increment by 500;
alter sequence diff_pk_seq increment by 500;
