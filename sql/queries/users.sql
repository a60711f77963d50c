-- Users and their API keys as admins manage them through the API.

-- name: list_users
-- $1 cursor (last email seen), $2 limit.
select id, email, name, role, active, created_at from users
where ($1::text is null or email > $1)
order by email
limit $2;

-- name: get_user
select id, email, name, role, active, created_at from users where id = $1;

-- name: lock_user
select id, email, name, role, active, created_at from users where id = $1 for update;

-- name: insert_user
insert into users (tenant_id, email, name, role)
values (relance_current_tenant(), lower($1), $2, $3)
on conflict (tenant_id, email) do nothing
returning id, email, name, role, active, created_at;

-- name: update_user
update users set name = $2, role = $3, active = $4 where id = $1
returning id, email, name, role, active, created_at;

-- name: count_active_admins
select count(*) from users where role = 'admin' and active;

-- name: active_user_exists
select exists (select 1 from users where id = $1 and active);

-- name: list_api_keys
select id, prefix, created_at, last_used_at, revoked_at from api_keys
where user_id = $1
order by created_at, id;

-- name: insert_user_api_key
insert into api_keys (tenant_id, user_id, prefix, key_hash)
values (relance_current_tenant(), $1, $2, $3)
returning id, prefix, created_at, last_used_at, revoked_at;

-- name: revoke_api_key
update api_keys set revoked_at = coalesce(revoked_at, now())
where id = $1 and user_id = $2
returning id, prefix, created_at, last_used_at, revoked_at;
