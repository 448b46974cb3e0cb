using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Areas;
using OneWorkforce.Data;

namespace OneWorkforce.Cli.Commands;

internal static class CliAreas
{
    public static Option<string> AreaOption() => new("--area") { Description = "The area's ONS code, such as E06000019", Required = true };

    /// <summary>The area by its ONS code, or null after saying on stderr that there is none.</summary>
    public static async Task<Area?> FindAsync(IServiceProvider services, string code, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<OneWorkforceDbContext>();
        var area = await db.Areas.AsNoTracking().SingleOrDefaultAsync(a => a.Code == code.Trim().ToUpper(), cancellationToken);
        if (area is null)
        {
            var known = await db.Areas.AsNoTracking().OrderBy(a => a.Code).Select(a => a.Code + " (" + a.Name + ")").Take(20).ToListAsync(cancellationToken);
            await CliConsole.Error.WriteLineAsync($"Error: --area: there is no area {code}. " +
                (known.Count == 0 ? "Create one with: oneworkforce areas create" : $"Use one of: {string.Join(", ", known)}"));
        }
        return area;
    }
}
