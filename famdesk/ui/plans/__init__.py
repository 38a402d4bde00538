"""Parent action plans: the Plans tab, the plan editor, goals and reviews."""
