# syntax=docker/dockerfile:1
#
# Marsad container image: a static-stdlib release build on the official Swift image, run on
# debian:bookworm-slim as a non-root user.
#
#   docker build -t marsad .
#   docker run --rm -p 8080:8080 -v marsad-data:/var/lib/marsad -e MARSAD_API_TOKEN=... marsad
#
# scripts/container-check.sh proves this recipe without a Docker engine (same build flags, a
# debootstrapped bookworm minbase root filesystem, the same files, user and environment); it
# reads the ENV block and RUNTIME_PACKAGES below, so keep their one-item-per-line shape.
# deploy/README.md explains the choices.

ARG SWIFT_IMAGE=swift:6.3.1-bookworm
ARG RUNTIME_IMAGE=debian:bookworm-slim

# ---- build -------------------------------------------------------------------------------
FROM ${SWIFT_IMAGE} AS build
# libpq's headers for the PostgreSQL store (--store) and zlib's for the stored article texts
# (CompactText); the swift image has libxml2's and libcurl's.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpq-dev zlib1g-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Dependencies first so that source edits reuse this layer. Package.resolved is not committed;
# when the build context has one (a developer's checkout), the same versions are used.
COPY Package.swift Package.resolved* ./
RUN swift package resolve
# Tests/ is in the context only because Package.swift declares the test targets and SwiftPM
# wants their folders to exist; they are not built.
COPY Sources ./Sources
COPY Tests ./Tests
RUN swift build -c release --static-swift-stdlib --product marsad \
 && install -D -m 0755 "$(swift build -c release --static-swift-stdlib --show-bin-path)/marsad" /out/marsad

# ---- runtime -----------------------------------------------------------------------------
FROM ${RUNTIME_IMAGE}

# With --static-swift-stdlib the binary links the Swift runtime and Foundation (with its ICU
# data) statically and needs glibc (libc6), libstdc++6 and libgcc-s1, which bookworm-slim already
# carries (apt depends on them), plus what feeds and fetched links use: libcurl4 (NewsFetch's
# transfers), libxml2 (the HTML and feed parsers), libpq5 (the
# PostgreSQL store, --store), zlib1g (the article texts held deflated in memory) and
# ca-certificates (https, and TLS to PostgreSQL). The build stage has their -dev packages
# (libcurl4-openssl-dev, libxml2-dev, libpq-dev, zlib1g-dev). No tzdata (times are logged in UTC; nothing uses time zones), no curl (the
# HEALTHCHECK speaks HTTP through bash's /dev/tcp). container-check.sh installs the same list.
ARG RUNTIME_PACKAGES="libcurl4 libxml2 libpq5 zlib1g ca-certificates"
RUN if [ -n "${RUNTIME_PACKAGES}" ]; then \
      apt-get update \
      && apt-get install -y --no-install-recommends ${RUNTIME_PACKAGES} \
      && rm -rf /var/lib/apt/lists/*; \
    fi

# A fixed numeric uid/gid so that volume ownership and Kubernetes' runAsNonRoot are predictable.
RUN groupadd --system --gid 10001 marsad \
 && useradd --system --uid 10001 --gid 10001 --home-dir /srv/marsad --no-create-home \
      --shell /usr/sbin/nologin marsad \
 && install -d -o 10001 -g 10001 -m 0750 /var/lib/marsad

COPY --from=build /out/marsad /usr/local/bin/marsad
# Swift's crash backtracer (statically linked): a crash prints a symbolicated backtrace of every
# thread to the log instead of a bare "Segmentation fault". Enabled by SWIFT_BACKTRACE below.
COPY --from=build /usr/libexec/swift/linux/swift-backtrace-static /usr/local/bin/swift-backtrace-static
COPY deploy/healthcheck.sh /usr/local/bin/marsad-healthcheck
COPY seeds /srv/marsad/seeds
COPY Public /srv/marsad/Public
# The entity model's weights (CC BY-SA 4.0, from ANERcorp; see README): the binary finds them
# through MARSAD_NER_WEIGHTS, since only the executable is copied from the build stage.
COPY Sources/EntityModel/Resources/ner-weights.bin /srv/marsad/ner-weights.bin
COPY Sources/EntityModel/Resources/known-names.tsv /srv/marsad/known-names.tsv
COPY Sources/EntityModel/Resources/person-name-words.txt /srv/marsad/person-name-words.txt
COPY Sources/EntityModel/Resources/common-words.txt /srv/marsad/common-words.txt
COPY Sources/EntityModel/Resources/wiki-name-words.tsv /srv/marsad/wiki-name-words.tsv
COPY Sources/EntityModel/Resources/everyday-given-names.txt /srv/marsad/everyday-given-names.txt

ENV MARSAD_HOST=0.0.0.0 \
    MARSAD_CORPUS=/srv/marsad/seeds \
    MARSAD_PUBLIC=/srv/marsad/Public \
    MARSAD_DATA=/var/lib/marsad \
    MARSAD_SHUTDOWN_TIMEOUT=8 \
    MARSAD_NER_WEIGHTS=/srv/marsad/ner-weights.bin \
    SWIFT_BACKTRACE=enable=yes,sanitize=yes,threads=all,images=all,interactive=no,swift-backtrace=/usr/local/bin/swift-backtrace-static

WORKDIR /srv/marsad
VOLUME ["/var/lib/marsad"]
USER 10001:10001
EXPOSE 8080
STOPSIGNAL SIGTERM
# On SIGTERM marsad stops accepting and drains in-flight requests for up to
# MARSAD_SHUTDOWN_TIMEOUT seconds (8 here), inside docker stop's default 10 s grace and
# Kubernetes' 30 s; raise both together (docker stop -t, terminationGracePeriodSeconds).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["/usr/local/bin/marsad-healthcheck"]
ENTRYPOINT ["/usr/local/bin/marsad"]
