"""`atento demo` (issue 7): the scripted week runs against the real bot and tells the story, in
English and in Spanish, well within 30 seconds."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from bot.sandbox.demo import REASONS_ES, run_demo


def in_order(lines: list[str], *needles: str) -> None:
    text = " ".join(line.strip() for line in lines)  # long lines are wrapped for the terminal
    position = 0
    for needle in needles:
        found = text.find(needle, position)
        assert found >= 0, f"missing (or out of order): {needle!r}"
        position = found + len(needle)


def test_the_week_in_english():
    started = time.perf_counter()
    lines = run_demo("en", out=lambda _: None)
    assert time.perf_counter() - started < 30
    in_order(
        lines,
        "[Mon 14 Dec 09:05 · 15:05]",
        "Carla Pérez (Acme, Madrid) → #acme-support:",
        "Logged as REQ-1.",
        "has waited 15 business minutes with no owner",
        "/claim REQ-1",
        "Ana García is taking care of REQ-1.",
        "Tracked: update REQ-1 by Wed 16 Dec 17:00 (Carla Pérez's time: 23:00).",
        "Noted: your company is closed Thursday 17 – Friday 18 December; we'll write again from Monday 21 December.",
        "Reminder: you told Carla Pérez",
        "[Wed 16 Dec 17:00 · 23:00]",
        "has passed: tell them now where things stand.",
        "passed without an update.",
        "Update from Ana García on REQ-1: we need until Monday 21 December",
        "/handoff REQ-1 @Bea",
        "Due: Carla Pérez was promised an update by Mon 21 Dec 12:00",
        "said the company is away until Mon 21 Dec",
        "Weekly digest · Fri 18 Dec",
        "*Promises missed*",
        "Carla Pérez is back (away until Mon 21 Dec)",
        "End of the week: 1 request,",
    )
    assert any("Atento stays quiet" in line for line in lines)
    in_order(  # issue 16: a thanks opens nothing, a chase reaches the owner at once, the problem back reopens
        lines,
        "“ok, thanks!”",
        "Carla Pérez is back (away until Mon 21 Dec)",
        "“Any update on this?”",
        "DM to Bea Ruiz: Carla Pérez is asking for an update on REQ-1",
        "REQ-1 is resolved. If anything is left, just reply here.",
        "DM to Bea Ruiz: Carla Pérez says the problem is back: REQ-1 is open again, and still yours.",
        "End of the week: 1 request,",
    )
    assert not any("gentle follow-up" in line for line in lines)  # she was owed an update, not the other way


def test_the_week_in_spanish():
    lines = run_demo("es", out=lambda _: None)
    in_order(
        lines,
        "Resumen para ti: cada viernes a las 09:00",
        "[lun 14 de dic 09:05 · 15:05]",
        "Registrado como REQ-1.",
        "lleva 15 minutos laborables sin responsable",
        "Ahora REQ-1 es tuya.",
        "Ana García se encarga de REQ-1.",
        "Anotado: novedades de REQ-1 antes del mié 16 de dic 17:00",
        "Entendido: su empresa estará cerrada del jueves 17 al viernes 18 de diciembre; "
        "le escribiremos de nuevo a partir del lunes 21 de diciembre.",
        "Recordatorio: le dijiste a Carla Pérez",
        "ha pasado: cuéntale ahora cómo va.",
        "Novedad de Ana García sobre REQ-1: necesitamos hasta el lunes 21 de diciembre",
        "Resumen semanal · vie 18 de dic",
        "Fin de la semana: 1 solicitud,",
    )
    in_order(
        lines,
        "“¡ok, gracias!”",
        "Carla Pérez pide novedades de REQ-1",
        "REQ-1 está resuelta. Si queda algo pendiente, responda aquí mismo.",
        "Carla Pérez dice que el problema volvió: REQ-1 está abierta de nuevo",
        "Fin de la semana: 1 solicitud,",
    )
    quiet = [line for line in lines if "Atento calla" in line]
    assert quiet and all(line.split("): ", 1)[1] in REASONS_ES.values() for line in quiet), quiet


def test_atento_demo_as_a_new_user_runs_it(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DATABASE_URL"))}
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "demo"], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert time.perf_counter() - started < 30
    assert "Logged as REQ-1." in result.stdout and "End of the week" in result.stdout
    assert list(tmp_path.iterdir()) == [], "the demo left files behind"
