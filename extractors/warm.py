"""Build the extractors' word lists and spaCy pipelines on import.

The worker fork server (:mod:`pipelines.parallel`) imports this module, so every worker it forks
starts with them built instead of building its own (half a second per worker and run).
"""

from extractors.nlp.gazetteer import find_organisations, first_names, role_titles
from extractors.nlp.sentences import sentences

first_names()
role_titles()
find_organisations("Region Skåne och Malmö stad")
sentences("Mötet öppnas. Beslut fattas.")
