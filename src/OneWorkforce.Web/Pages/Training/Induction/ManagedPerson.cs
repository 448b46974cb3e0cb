using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data;

namespace OneWorkforce.Web.Pages.Training.Induction;

/// <summary>The person an induction page is about: only their own organisation's managers reach them.</summary>
internal static class ManagedPerson
{
    /// <summary>The worker, or why not: 403 for someone who manages no organisation, 404 for a reference not in theirs.</summary>
    public static async Task<(Worker? Person, int Status)> FindAsync(UserScope user, OneWorkforceDbContext db, string? staff)
    {
        if (user.OrganisationId is not { } organisation || !AccessRules.CanManagePeopleOf(user, organisation))
        {
            return (null, StatusCodes.Status403Forbidden);
        }
        var person = string.IsNullOrEmpty(staff) ? null
            : await db.Workers.AsNoTracking().SingleOrDefaultAsync(w => w.OrganisationId == organisation && w.StaffReference == staff);
        return person is null ? (null, StatusCodes.Status404NotFound) : (person, StatusCodes.Status200OK);
    }
}
