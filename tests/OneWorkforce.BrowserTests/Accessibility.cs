using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace OneWorkforce.BrowserTests;

internal static class Accessibility
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    };

    /// <summary>Runs axe on the page as it stands and fails with every violation listed.</summary>
    public static async Task AssertNoViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe(WcagAa);
        var problems = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(problems.Count == 0, $"axe found {problems.Count} problem(s) on {page.Url}:\n" + string.Join("\n", problems));
    }
}
