"""People: a key, a language and when they agreed to the privacy notice. Nothing else."""

from __future__ import annotations

from sqlalchemy import bindparam, select

from flows.engine.store import Person
from storage.models import PersonRow, utcnow
from storage.unit import Unit

_PERSON = select(PersonRow.locale, PersonRow.consented_at).where(
    PersonRow.user == bindparam("user")
)


class SqlPeople:
    def __init__(self, unit: Unit) -> None:
        self.unit = unit

    async def get(self, user: str) -> Person | None:
        row = (await self.unit.read(_PERSON, {"user": user})).first()
        if row is None:
            return None
        return Person(user=user, locale=row.locale, consented_at=row.consented_at)

    async def save(self, person: Person) -> None:
        statement = self.unit.insert(PersonRow).values(
            user=person.user, locale=person.locale, consented_at=person.consented_at,
            created_at=utcnow(),
        )
        statement = statement.on_conflict_do_update(
            index_elements=[PersonRow.user],
            set_={"locale": person.locale, "consented_at": person.consented_at},
        )
        await self.unit.write(statement)
