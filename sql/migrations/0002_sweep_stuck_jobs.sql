-- The sweeper also re-enqueues messages whose job was queued long ago but never produced a
-- reply (the worker died mid-job, or the job used up its retries while PostgreSQL was away):
-- PostgreSQL, not Redis, decides what is still to be read. An hour matches how long ARQ keeps
-- a finished job's id, during which the same job id cannot be queued again.
create or replace function relance_pending_inbound(p_older_than interval, p_limit integer)
returns table (tenant_id uuid, id uuid)
language sql stable security definer set search_path = public
as $$
    select m.tenant_id, m.id from inbound_messages m
    where (m.status = 'received' and m.received_at < now() - p_older_than)
       or (m.status = 'queued' and m.enqueued_at < now() - interval '1 hour')
    order by m.received_at limit p_limit
$$;
