-- The demo tenant's scenario and templates (idempotent: re-running changes nothing).

-- name: upsert_template
insert into templates (tenant_id, name, channel, language, subject, body, interactive)
values (relance_current_tenant(), $1, $2, 'en', $3, $4, $5)
on conflict (tenant_id, name, language) do update
    set subject = excluded.subject, body = excluded.body, interactive = excluded.interactive
returning id;

-- name: upsert_scenario
insert into scenarios (tenant_id, name, is_default)
values (relance_current_tenant(), $1, $2)
on conflict (tenant_id, name) do update set is_default = excluded.is_default
returning id;

-- name: upsert_scenario_step
insert into scenario_steps (tenant_id, scenario_id, position, day_offset, channel, mode,
                            template_id, internal_interactive, interactive)
values (relance_current_tenant(), $1, $2, $3, $4, $5, $6, $7, $8)
on conflict (tenant_id, scenario_id, position) do update
    set day_offset = excluded.day_offset, channel = excluded.channel, mode = excluded.mode,
        template_id = excluded.template_id, internal_interactive = excluded.internal_interactive,
        interactive = excluded.interactive;

-- name: assign_scenario_where_missing
update customers set scenario_id = $1 where scenario_id is null;

-- name: capture_tokens
select number, capture_token from customers order by number;
