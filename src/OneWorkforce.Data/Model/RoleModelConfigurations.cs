using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Qualifications;
using OneWorkforce.Core.Reference;

namespace OneWorkforce.Data.Model;

internal sealed class ClusterSchemeConfiguration : IEntityTypeConfiguration<ClusterScheme>
{
    public void Configure(EntityTypeBuilder<ClusterScheme> scheme)
    {
        scheme.Property(s => s.Code).HasMaxLength(60);
        scheme.Property(s => s.Description).HasMaxLength(4000);
        scheme.HasIndex(s => s.Code).IsUnique();
        scheme.HasMany(s => s.Allocations).WithOne().HasForeignKey(a => a.SchemeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoleClusterConfiguration : IEntityTypeConfiguration<RoleCluster>
{
    public void Configure(EntityTypeBuilder<RoleCluster> cluster)
    {
        cluster.ToTable("RoleClusters");
        cluster.HasKey(c => new { c.SchemeId, c.RoleId });
        cluster.Property(c => c.Cluster).HasMaxLength(200);
        cluster.HasIndex(c => c.RoleId);
        cluster.HasOne<Role>().WithMany().HasForeignKey(c => c.RoleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoleRequirementConfiguration : IEntityTypeConfiguration<RoleRequirement>
{
    public void Configure(EntityTypeBuilder<RoleRequirement> requirement)
    {
        requirement.Property(r => r.MinimumLevelCode).HasMaxLength(20);
        requirement.Property(r => r.Summary).HasMaxLength(4000);
        requirement.HasIndex(r => new { r.RoleId, r.AreaId });
        requirement.HasOne<Role>().WithMany().HasForeignKey(r => r.RoleId).OnDelete(DeleteBehavior.Cascade);
        requirement.HasOne<Area>().WithMany().HasForeignKey(r => r.AreaId).OnDelete(DeleteBehavior.Cascade);
        requirement.HasOne<Level>().WithMany().HasForeignKey(r => r.MinimumLevelCode).OnDelete(DeleteBehavior.Restrict);
        requirement.HasMany(r => r.Accepted).WithOne().HasForeignKey(a => a.RequirementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoleRequirementQualificationConfiguration : IEntityTypeConfiguration<RoleRequirementQualification>
{
    public void Configure(EntityTypeBuilder<RoleRequirementQualification> accepted)
    {
        accepted.HasKey(a => new { a.RequirementId, a.QualificationId });
        accepted.HasIndex(a => a.QualificationId);
        accepted.HasOne<Qualification>().WithMany().HasForeignKey(a => a.QualificationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProviderOfferConfiguration : IEntityTypeConfiguration<ProviderOffer>
{
    public void Configure(EntityTypeBuilder<ProviderOffer> offer)
    {
        offer.Property(o => o.Provider).HasMaxLength(200);
        offer.Property(o => o.District).HasMaxLength(200);
        offer.Property(o => o.DeliveryMode).HasMaxLength(20);
        offer.Property(o => o.Funding).HasMaxLength(1000);
        offer.Property(o => o.StartDates).HasMaxLength(1000);
        offer.Property(o => o.Url).HasMaxLength(2000);
        offer.HasIndex(o => o.QualificationId);
        offer.HasOne<Qualification>().WithMany().HasForeignKey(o => o.QualificationId).OnDelete(DeleteBehavior.Cascade);
        offer.HasOne<Area>().WithMany().HasForeignKey(o => o.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}
