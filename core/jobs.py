"""The job queue, kept behind this one module so ARQ (in maintenance mode) could be swapped.

Jobs carry ids, never content: the content is in PostgreSQL, which stays the only source of
truth; losing Redis loses no data. Payloads are MessagePack (msgspec), never pickle. A job's
id derives from what it works on, so enqueueing the same work twice runs it once.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

import msgspec
from arq.connections import ArqRedis, RedisSettings, create_pool

from core.settings import Settings

QUEUE_NAME = "relance:queue"
PARSE_REPLY = "parse_reply"

_encoder = msgspec.msgpack.Encoder()
_decoder = msgspec.msgpack.Decoder(dict[str, Any])


def serialize(job: dict[str, Any]) -> bytes:
    """ARQ job serializer: MessagePack."""
    return _encoder.encode(job)


def deserialize(data: bytes) -> dict[str, Any]:
    """ARQ job deserializer: MessagePack."""
    return _decoder.decode(data)


def redis_settings(settings: Settings, *, retries: int = 0) -> RedisSettings:
    """ARQ's connection settings from ours, with short timeouts so a dead Redis shows fast.

    The gateway never retries (its sweeper catches up later); the worker waits for Redis.
    """
    redis = RedisSettings.from_dsn(settings.redis_url)
    redis.conn_timeout = 2
    redis.conn_retries = retries
    redis.conn_retry_delay = 2
    return redis


async def connect_queue(settings: Settings, *, queue_name: str = QUEUE_NAME) -> ArqRedis:
    """Open the queue connection (raises when Redis does not answer)."""
    return await create_pool(
        redis_settings(settings),
        job_serializer=serialize,
        job_deserializer=deserialize,
        default_queue_name=queue_name,
    )


def parse_reply_job_id(message_id: UUID) -> str:
    """The one job id for reading one stored message."""
    return f"{PARSE_REPLY}:{message_id}"


async def enqueue_parse_reply(queue: ArqRedis, tenant_id: UUID, message_id: UUID) -> None:
    """Queue MAIA's reading of a stored message; a second call for it is a no-op."""
    await queue.enqueue_job(
        PARSE_REPLY, str(tenant_id), str(message_id), _job_id=parse_reply_job_id(message_id)
    )
