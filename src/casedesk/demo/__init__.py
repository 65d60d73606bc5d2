"""`casedesk demo`: a realistic, deterministic Jinan city for training and benchmarks (SPEC §6).

One module per part of the city, each reading top to bottom:

    vocabulary  words the city is made of (names, places, reasons)
    world       the shared state: one seeded random generator, the reference day, rows to write
    places      districts, streets, communities, compounds, buildings
    people      owners: residents, co-owners, owners of several flats, work units, developers
    cases       a case's stage history and its flats
    ballots     the consent vote, its notice and the written objections
    disputes    disputes and their mediation, closed within the legal limit
    money       subsidies and annual targets
    city        the orchestrator: `generate_demo`, the one writing entry point

The same seed gives the same database: every random draw comes from the world's generator, in
an order that depends only on the seed and the day.
"""

from casedesk.demo.city import MAX_UNITS, DemoAccount, DemoReport, generate_demo

__all__ = ["MAX_UNITS", "DemoAccount", "DemoReport", "generate_demo"]
