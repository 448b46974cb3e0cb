using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Data.Training;

namespace OneWorkforce.Web.Pages.Training;

/// <summary>A printable certificate of attendance; anyone with its code can see that it is real.</summary>
public sealed class CertificateModel(TrainingBookings bookings) : PageModel
{
    public Certificate Certificate { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code)
    {
        var found = await bookings.FindCertificateAsync(code);
        if (found is null)
        {
            return NotFound();
        }
        Certificate = found;
        return Page();
    }
}
