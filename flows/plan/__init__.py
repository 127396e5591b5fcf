"""The national action plan (`/plan`): a round's actions, each serving one capability, with a
lead agency, a due quarter and a status, added from a priority or from the plan itself.

It adds its "Add action" button under each priority of a summary through the extension point
(flows.kit.places.ON_PRIORITY), and reaches the database through `Transaction.plans`.

Imports: the engine, kit and documents. No other flow folder.
"""
