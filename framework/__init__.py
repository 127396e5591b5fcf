"""The MNR as data: domains, capabilities, phases, lessons, next steps; scoring and priorities.

Pure: reads only its own data files.
"""

from framework.loader import FrameworkError, load_framework, load_framework_from
from framework.model import Capability, Domain, Framework, Text

__all__ = [
    "Capability",
    "Domain",
    "Framework",
    "FrameworkError",
    "Text",
    "load_framework",
    "load_framework_from",
]
