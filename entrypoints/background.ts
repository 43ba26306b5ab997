export default defineBackground(() => {
  // Wired up in background/ managers.
});
