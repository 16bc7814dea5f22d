"""Credit: the dealer quote (Simulasi), applications, survey and the approval dialog."""
