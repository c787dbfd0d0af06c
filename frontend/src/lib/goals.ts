// What the goal screens decide from the server's figures (they compare, never compute coins).

/** The balance covers what a goal still needs, so one tap can finish it. */
export function balanceFinishes(coinsToGo: number, balance: number | null | undefined): boolean {
  return coinsToGo > 0 && balance !== null && balance !== undefined && balance >= coinsToGo
}
